using SharpFuzz;

namespace TeleRad.Fuzz;

/// <summary>
/// Entry point of the fuzzing harness. Under afl-fuzz (see docs/fuzzing.md and fuzz.sh) it runs
/// <see cref="FuzzTarget.Run"/> on every input afl++ generates; with "replay FILE..." it runs the target once per file
/// without the fuzzer, to reproduce a crash or hang under a debugger (use an uninstrumented build: the instrumented
/// one needs afl's shared memory); "seeds DIR" writes synthetic seeds.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var target = new FuzzTarget(Path.Combine(Path.GetTempPath(), $"telerad-fuzz-{Environment.ProcessId}.dcm"));
        if (args.Length > 0 && args[0] == "replay")
            return Replay(target, args[1..]);
        if (args.Length == 2 && args[0] == "seeds")
        {
            SeedWriter.WriteAll(args[1]);
            return 0;
        }
        // OutOfProcess: the target runs in a child process, so a crash that kills the runtime (a stack overflow, which
        // .NET cannot catch) is still reported to afl++ as a crash of this input.
        Fuzzer.OutOfProcess.Run(target.Run);
        return 0;
    }

    private static int Replay(FuzzTarget target, string[] files)
    {
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                using var stream = File.OpenRead(file);
                target.Run(stream);
                Console.WriteLine($"{file}: ok");
            }
            catch (Exception ex)
            {
                failures++;
                Console.WriteLine($"{file}: {ex}");
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
