/*
 * LD_PRELOAD shim for interop tests: rewrites a wildcard bind() to loopback.
 *
 * Orthanc 1.10 (like DCMTK's storescp) has no option to choose the address its
 * DICOM port listens on and binds every interface. Tests must not expose a
 * server that accepts any C-STORE to the network, so OrthancInstance builds
 * this file with `gcc -shared -fPIC -o bindlo.so bindlo.c -ldl` and starts
 * Orthanc with LD_PRELOAD pointing at it: an IPv4 bind to INADDR_ANY becomes
 * 127.0.0.1 and an IPv6 bind to in6addr_any becomes ::1. Every other bind()
 * is passed through unchanged to the real one (dlsym RTLD_NEXT).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

typedef int (*bind_function)(int, const struct sockaddr *, socklen_t);

int bind(int fd, const struct sockaddr *address, socklen_t length)
{
    static bind_function real_bind;
    if (real_bind == NULL) {
        real_bind = (bind_function)dlsym(RTLD_NEXT, "bind");
        if (real_bind == NULL) {
            errno = ENOSYS;
            return -1;
        }
    }

    if (address != NULL && address->sa_family == AF_INET && length >= (socklen_t)sizeof(struct sockaddr_in)) {
        struct sockaddr_in ipv4;
        memcpy(&ipv4, address, sizeof ipv4);
        if (ipv4.sin_addr.s_addr == htonl(INADDR_ANY)) {
            ipv4.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            return real_bind(fd, (const struct sockaddr *)&ipv4, sizeof ipv4);
        }
    } else if (address != NULL && address->sa_family == AF_INET6 && length >= (socklen_t)sizeof(struct sockaddr_in6)) {
        struct sockaddr_in6 ipv6;
        memcpy(&ipv6, address, sizeof ipv6);
        if (memcmp(&ipv6.sin6_addr, &in6addr_any, sizeof ipv6.sin6_addr) == 0) {
            ipv6.sin6_addr = in6addr_loopback;
            return real_bind(fd, (const struct sockaddr *)&ipv6, sizeof ipv6);
        }
    }

    return real_bind(fd, address, length);
}
