using System.Text;

namespace TeleRad.Cli;

internal static class Program
{
    private const int OutputBufferSize = 64 * 1024;

    private static async Task<int> Main(string[] args)
    {
        // Console.Out flushes on every write; a dump of hundreds of files goes through one large buffer instead.
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), OutputBufferSize);
        await using (stdout.ConfigureAwait(false))
        {
            return await CliApplication.InvokeAsync(args, stdout, Console.Error, handleProcessTermination: true).ConfigureAwait(false);
        }
    }
}
