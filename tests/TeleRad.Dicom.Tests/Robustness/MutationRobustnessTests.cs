using TeleRad.Dicom.IO;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// Seeded mutation of the whole seed corpus (<see cref="SeedCorpus"/>): every mutated input must read successfully or
/// fail with a <see cref="DicomFormatException"/> naming a byte offset, within the deadline and allocation bound of
/// <see cref="CaseRunner"/>, and no message may repeat a value. Every case is deterministic: a failure message names
/// the case's Random seed, mutator, seed file and case index, and rerunning the test replays it exactly.
/// </summary>
[TestFixture]
public sealed class MutationRobustnessTests
{
    /// <summary>The fixed base seed of the suite; every case's own seed is derived from it.</summary>
    public const int DefaultBaseSeed = 20_261_125;

    /// <summary>
    /// The base seed in use: <see cref="DefaultBaseSeed"/> (CI), or TELERAD_ROBUSTNESS_SEED to explore other cases
    /// locally (docs/fuzzing.md). Failure messages name each case's own seed either way.
    /// </summary>
    public static int BaseSeed { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("TELERAD_ROBUSTNESS_SEED"), out var seed) ? seed : DefaultBaseSeed;

    /// <summary>Every eighth case is also read through a temporary file (large values stay on disk there).</summary>
    private const int FileEvery = 8;

    /// <summary>Cases per seed file for each mutator; with about 110 seeds this is over 20,000 cases per run.</summary>
    private static readonly (MutationKind Kind, int PerSeed)[] Plan =
    [
        (MutationKind.Truncate, 48),
        (MutationKind.BitFlip, 32),
        (MutationKind.ByteSet, 24),
        (MutationKind.LyingLength, 40),
        (MutationKind.InvalidVR, 16),
        (MutationKind.Delimiter, 16),
        (MutationKind.Duplicate, 16),
        (MutationKind.TagSwap, 16),
    ];

    private static readonly DicomReadOptions Options = new();

    /// <summary>
    /// pydicom test files that are malformed on purpose: two cut short inside a value, and one whose first byte is stray
    /// (DCMTK's dcmdump rejects it too). They stay seeds; the baseline expects them to fail cleanly.
    /// </summary>
    private static readonly HashSet<string> MalformedSeeds =
        ["test_files/MR_truncated.dcm", "test_files/rtplan_truncated.dcm", "test_files/no_meta.dcm"];

    /// <summary>A low threshold so file reads leave many values on disk, the path a stream read never takes.</summary>
    private static readonly DicomReadOptions FileOptions = new() { LargeValueThreshold = 512 };

    private static IEnumerable<TestCaseData> Mutators() =>
        Plan.Select(p => new TestCaseData(p.Kind, p.PerSeed).SetArgDisplayNames(p.Kind.ToString()));

    [TestCaseSource(nameof(Mutators))]
    public void Read_MutatedCorpus_SucceedsOrThrowsDicomFormatExceptionWithOffset(MutationKind kind, int casesPerSeed)
    {
        var seeds = SeedCorpus.All;
        var report = CaseRunner.Run(Cases(seeds, kind, casesPerSeed));
        TestContext.Out.WriteLine($"{kind}: {report.Summary()}");

        report.Failures.Should().BeEmpty(report.FailureList());
        report.Cases.Should().Be((seeds.Count * casesPerSeed) + (seeds.Count * ((casesPerSeed + FileEvery - 1) / FileEvery)));
    }

    [Test]
    public void Plan_CasesPerRun_AtLeastTwentyThousand()
    {
        var perSeed = Plan.Sum(p => p.PerSeed + ((p.PerSeed + FileEvery - 1) / FileEvery));

        (SeedCorpus.All.Count * perSeed).Should().BeGreaterThanOrEqualTo(20_000);
    }

    [Test]
    public void Seeds_EveryFile_HasHeadersToMutate()
    {
        // The mutators aim at headers; a seed in which the scanner found none would be mutated blindly.
        SeedCorpus.All.Where(s => s.Fields.Count == 0).Select(s => s.Name).Should().BeEmpty();
    }

    [Test]
    public void Seeds_UnmutatedCorpus_ReadsWithoutError()
    {
        // The baseline: the suite only means something if the seeds themselves are read.
        var valid = SeedCorpus.All.Where(s => !MalformedSeeds.Contains(s.Name)).ToList();
        var report = CaseRunner.Run(valid.Select(s => new RobustnessCase(s.Name, () => s.Compose(s.Body), false, Options)));

        report.Failures.Should().BeEmpty(report.FailureList());
        report.Succeeded.Should().Be(valid.Count, string.Join(Environment.NewLine, report.Rejections));
    }

    [Test]
    public void Seeds_MalformedPydicomFiles_ThrowDicomFormatExceptionWithOffset()
    {
        var malformed = SeedCorpus.All.Where(s => MalformedSeeds.Contains(s.Name)).ToList();
        var report = CaseRunner.Run(malformed.Select(s => new RobustnessCase(s.Name, () => s.Body, false, Options)));

        malformed.Should().HaveCount(MalformedSeeds.Count);
        report.Failures.Should().BeEmpty(report.FailureList());
        report.Succeeded.Should().Be(0);
    }

    /// <summary>The Random seed of one case, from the base seed, mutator, seed file index and case index.</summary>
    public static int CaseSeed(MutationKind kind, int seedIndex, int caseIndex) =>
        unchecked((((BaseSeed * 31) + (int)kind) * 1_000_003) + (seedIndex * 10_007) + caseIndex);

    private static IEnumerable<RobustnessCase> Cases(IReadOnlyList<SeedFile> seeds, MutationKind kind, int casesPerSeed)
    {
        for (var s = 0; s < seeds.Count; s++)
        {
            var seed = seeds[s];
            for (var i = 0; i < casesPerSeed; i++)
            {
                var caseSeed = CaseSeed(kind, s, i);
                var index = i;
                byte[] Input() => seed.Compose(Mutations.Apply(kind, seed, new Random(caseSeed), index, casesPerSeed));
                var id = $"seed={caseSeed} mutator={kind} file={seed.Name} case={i}";
                yield return new RobustnessCase(id, Input, false, Options);
                if (i % FileEvery == 0)
                    yield return new RobustnessCase(id, Input, true, FileOptions);
            }
        }
    }
}
