using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeleRad.Interop.Tests.Network;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Orthanc;

/// <summary>
/// A private Orthanc (Debian's 1.10, <c>/usr/sbin/Orthanc</c>) for interop tests: its own JSON configuration, storage
/// and index directories in a temporary folder, HTTP and DICOM ports on loopback, no plugins, no authentication
/// (the REST API refuses remote clients: <c>RemoteAccessAllowed</c> false). Orthanc 1.10 has no option for the
/// address its DICOM port binds, so it runs with the <c>bindlo.c</c> LD_PRELOAD shim (built here with gcc) that turns
/// its wildcard binds into loopback ones. Disposing kills it through its own process object and deletes the folder.
/// </summary>
public sealed class OrthancInstance : IAsyncDisposable
{
    /// <summary>The AE title Orthanc answers to.</summary>
    public const string AETitle = "ORTHANC";

    private const string OrthancPath = "/usr/sbin/Orthanc";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(1);

    private readonly DirectoryInfo _directory;
    private readonly HttpClient _http;
    private PeerProcess? _process;

    private OrthancInstance(DirectoryInfo directory, int httpPort, int dicomPort)
    {
        _directory = directory;
        HttpPort = httpPort;
        DicomPort = dicomPort;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}/"), Timeout = RequestTimeout };
    }

    /// <summary>The REST API's port on 127.0.0.1.</summary>
    public int HttpPort { get; }

    /// <summary>The DICOM port on 127.0.0.1.</summary>
    public int DicomPort { get; }

    /// <summary>What Orthanc wrote on standard error so far (its log).</summary>
    public string Log => _process?.StandardErrorSoFar ?? string.Empty;

    /// <summary>Starts an Orthanc and waits until its REST API answers <c>GET /system</c>.</summary>
    public static async Task<OrthancInstance> StartAsync(CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateTempSubdirectory("telerad-orthanc-");
        var instance = new OrthancInstance(directory, DcmtkNetwork.FreePort(), DcmtkNetwork.FreePort());
        try
        {
            await instance.LaunchAsync(cancellationToken);
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    /// <summary>Declares (or replaces) the DICOM modality <paramref name="name"/> Orthanc can send to (<c>PUT /modalities/{name}</c>).</summary>
    public async Task PutModalityAsync(string name, string aeTitle, int port, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["AET"] = aeTitle, ["Host"] = "127.0.0.1", ["Port"] = port };
        using var response = await _http.PutAsJsonAsync($"modalities/{name}", body, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>Uploads a DICOM file (<c>POST /instances</c>, the raw file as body) and returns Orthanc's instance id.</summary>
    public async Task<string> UploadAsync(string path, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(path, cancellationToken));
        using var response = await _http.PostAsync("instances", content, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return answer?["ID"]?.GetValue<string>() ?? throw new InvalidOperationException("POST /instances answered without an ID.");
    }

    /// <summary>The ids of every instance Orthanc stores (<c>GET /instances</c>).</summary>
    public async Task<IReadOnlyList<string>> InstanceIdsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await _http.GetFromJsonAsync<string[]>("instances", cancellationToken);
        return ids ?? [];
    }

    /// <summary>Downloads an instance's stored file (<c>GET /instances/{id}/file</c>) to <paramref name="destination"/>.</summary>
    public async Task DownloadAsync(string id, string destination, CancellationToken cancellationToken = default)
    {
        using var response = await _http.GetAsync($"instances/{id}/file", cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        await using var file = File.Create(destination);
        await response.Content.CopyToAsync(file, cancellationToken);
    }

    /// <summary>
    /// Makes Orthanc a C-STORE SCU (<c>POST /modalities/{name}/store</c>, a JSON array of instance ids, synchronous)
    /// and returns its JSON answer (<c>InstancesCount</c>, <c>FailedInstancesCount</c>, ...).
    /// </summary>
    public async Task<JsonObject> StoreToModalityAsync(string name, IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync($"modalities/{name}/store", ids.ToArray(), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken)
            ?? throw new InvalidOperationException($"POST /modalities/{name}/store answered nothing.");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_process is not null)
            await _process.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var shim = await BuildShimAsync(cancellationToken);
        var storage = _directory.CreateSubdirectory("storage").FullName;
        var configuration = new JsonObject
        {
            ["Name"] = "TeleRad interop test",
            ["HttpPort"] = HttpPort,
            ["DicomPort"] = DicomPort,
            ["DicomAet"] = AETitle,
            ["DicomAlwaysAllowStore"] = true,
            ["DicomCheckCalledAet"] = false,
            ["RemoteAccessAllowed"] = false,
            ["AuthenticationEnabled"] = false,
            ["StorageDirectory"] = storage,
            ["IndexDirectory"] = storage,
            ["Plugins"] = new JsonArray(),
            ["DicomModalities"] = new JsonObject(),
        };
        var configPath = Path.Combine(_directory.FullName, "orthanc.json");
        await File.WriteAllTextAsync(configPath, configuration.ToJsonString(), cancellationToken);

        // PeerProcess sets TCP_NODELAY=1: Orthanc's DICOM layer is DCMTK's (see PEERS.md).
        _process = PeerProcess.Start(OrthancPath, [configPath], new Dictionary<string, string?> { ["LD_PRELOAD"] = shim });
        await WaitUntilReadyAsync(cancellationToken);
    }

    private async Task<string> BuildShimAsync(CancellationToken cancellationToken)
    {
        var source = Path.Combine(RepoPaths.Root, "tests", "TeleRad.Interop.Tests", "Orthanc", "bindlo.c");
        var library = Path.Combine(_directory.FullName, "bindlo.so");
        var result = await PeerProcess.RunAsync("gcc", ["-shared", "-fPIC", "-o", library, source, "-ldl"], BuildTimeout, cancellationToken: cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"gcc could not build the bind shim: {result.Describe()}");
        return library;
    }

    // A readiness wait (bounded), not a timing assertion: Orthanc usually answers within half a second.
    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(ReadyTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        while (true)
        {
            try
            {
                using var response = await _http.GetAsync("system", linked.Token);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (_process!.HasExited || deadline.IsCancellationRequested)
                break;
            await Task.Delay(100, linked.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException($"Orthanc did not answer on HTTP port {HttpPort}: {Log}");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new HttpRequestException($"Orthanc answered {(int)response.StatusCode} to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
    }
}
