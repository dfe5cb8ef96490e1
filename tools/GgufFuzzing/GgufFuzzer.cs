using System.Diagnostics;
using System.Globalization;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>
/// Feeds mutated GGUF files to the reader and validator in memory and records whatever is not a clean
/// verdict: an exception, a hang, an allocation beyond the limit, or a verdict that contradicts itself.
/// Input i is made from (seed, i) alone, and every finding is saved as a file that reproduces it
/// (<c>l2v inspect FILE</c>).
/// </summary>
public sealed class GgufFuzzer
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

    /// <summary>Seed files are cut here: the header is what is fuzzed, and every input is a copy of its seed.</summary>
    private const int MaxSeedBytes = 16 << 20;

    /// <summary>Findings kept in the report; beyond this they are counted only (a broken reader finds something every input).</summary>
    private const int MaxListedFindings = 200;

    private readonly GgufFuzzOptions options;
    private readonly IReadOnlyList<GgufFuzzSeed> seeds;
    private readonly List<GgufFuzzFinding> findings = [];
    private readonly Dictionary<GgufFuzzFindingKind, int> savedPerKind = [];
    private long findingCount;
    private long nextInput;
    private volatile bool stopped;

    public GgufFuzzer(GgufFuzzOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        this.options = options;
        seeds = [.. GgufFuzzSeeds.BuiltIn().Concat(options.SeedFiles.Select(path => (Path.GetFileName(path), ReadSeed(path))))
            .Select(seed => GgufFuzzSeed.Locate(seed.Item1, seed.Item2))];
    }

    public GgufFuzzReport Run(Action<GgufFuzzProgress>? progress = null)
    {
        foreach (var (input, seed, path) in GgufFuzzInFlight.Recover(options.FindingsFolder))
        {
            Interlocked.Increment(ref findingCount);
            findings.Add(new GgufFuzzFinding(GgufFuzzFindingKind.Crash, input, "(an earlier run)", FormattableString.Invariant($"an earlier run with seed {seed} ended during this input (a failure that ended the process, such as a stack overflow, or a hang that stopped the run)"), path));
        }

        var workers = Enumerable.Range(0, options.Workers).Select(_ => new GgufFuzzWorker()).ToArray();
        var threads = workers.Select((worker, index) => new Thread(() => Work(worker, index)) { IsBackground = true, Name = "gguf-fuzz" }).ToArray();
        var clock = Stopwatch.StartNew();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        var lastProgress = TimeSpan.Zero;
        while (!threads.All(thread => thread.Join(TimeSpan.FromMilliseconds(100))))
        {
            if (Watch(workers))
            {
                break;
            }

            if (clock.Elapsed - lastProgress >= ProgressInterval)
            {
                lastProgress = clock.Elapsed;
                progress?.Invoke(new GgufFuzzProgress(Math.Min(Interlocked.Read(ref nextInput), options.Inputs), options.Inputs, clock.Elapsed, Interlocked.Read(ref findingCount)));
            }
        }

        clock.Stop();
        return Summarise(workers, clock.Elapsed);
    }

    /// <summary>Input number i's seed for <see cref="Random"/>: a SplitMix64 step over (seed, i).</summary>
    internal static int InputSeed(int seed, long input)
    {
        var z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)input) + 0x9E37_79B9_7F4A_7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }

    /// <summary>Makes input number <paramref name="input"/> again, exactly as the run made it.</summary>
    internal byte[] MakeInput(long input, out GgufFuzzSeed seed, List<GgufMutation> applied)
    {
        var random = new Random(InputSeed(options.Seed, input));
        seed = seeds[random.Next(seeds.Count)];
        var other = seeds[random.Next(seeds.Count)];
        return GgufMutator.Mutate(seed, other, random, applied);
    }

    private void Work(GgufFuzzWorker worker, int index)
    {
        using var inFlight = new GgufFuzzInFlight(options.FindingsFolder, index);
        var applied = new List<GgufMutation>(4);
        while (!stopped)
        {
            var input = Interlocked.Increment(ref nextInput) - 1;
            if (input >= options.Inputs)
            {
                return;
            }

            applied.Clear();
            var bytes = MakeInput(input, out var seed, applied);
            foreach (var mutation in applied)
            {
                worker.Mutations[(int)mutation]++;
            }

            inFlight.Store(input, options.Seed, bytes);
            RunOne(worker, input, bytes, seed.Name);
        }
    }

    private static byte[] ReadSeed(string path)
    {
        using var stream = File.OpenRead(path);
        var bytes = new byte[(int)Math.Min(stream.Length, MaxSeedBytes)];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private void RunOne(GgufFuzzWorker worker, long input, byte[] bytes, string seedName)
    {
        var source = string.Create(CultureInfo.InvariantCulture, $"fuzz-{options.Seed}-{input}.gguf");
        worker.Begin(input, bytes, seedName);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        GgufValidationResult? result = null;
        Exception? crash = null;
        try
        {
            result = GgufReader.Inspect(new MemoryStream(bytes, writable: false), source);
        }
#pragma warning disable CA1031 // Any exception is exactly what a fuzzer looks for.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            crash = exception;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        worker.End();

        if (crash is not null)
        {
            worker.Crashed++;
            Record(GgufFuzzFindingKind.Crash, input, seedName, bytes, crash.ToString());
            return;
        }

        Tally(worker, result!);
        if (CheckInvariants(result!, bytes.Length, source) is { } broken)
        {
            Record(GgufFuzzFindingKind.Invariant, input, seedName, bytes, broken);
        }

        if (allocated > worker.MaxAllocatedBytes)
        {
            worker.MaxAllocatedBytes = allocated;
            worker.MaxAllocatedInput = input;
        }

        if (elapsed > worker.Slowest)
        {
            worker.Slowest = elapsed;
            worker.SlowestInput = input;
        }

        if (allocated > options.AllocationLimitBytes)
        {
            Record(GgufFuzzFindingKind.Allocation, input, seedName, bytes, $"allocated {allocated} bytes for a {bytes.Length}-byte input");
        }

        if (elapsed > options.TimeLimit)
        {
            Record(GgufFuzzFindingKind.Hang, input, seedName, bytes, $"took {elapsed.TotalMilliseconds:F0} ms");
        }
    }

    private static void Tally(GgufFuzzWorker worker, GgufValidationResult result)
    {
        if (result.IsValid)
        {
            worker.Accepted++;
            return;
        }

        worker.Refused++;
        foreach (var kind in result.Problems.Select(problem => problem.Kind).Distinct())
        {
            worker.ProblemKinds[(int)kind]++;
        }
    }

    private static string? CheckInvariants(GgufValidationResult result, int length, string source)
    {
        try
        {
            return GgufFuzzInvariants.Check(result, length, source);
        }
#pragma warning disable CA1031 // A throwing accessor on an accepted file is itself the finding.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return $"checking the verdict threw: {exception}";
        }
    }

    /// <summary>Flags an input that has run past the limit; a hung thread cannot be stopped, so the run ends.</summary>
    private bool Watch(GgufFuzzWorker[] workers)
    {
        foreach (var worker in workers)
        {
            var running = worker.Running();
            if (running > options.TimeLimit * 2 && worker.CurrentBytes is { } bytes)
            {
                Record(GgufFuzzFindingKind.Hang, worker.CurrentInput, worker.CurrentSeed, bytes, $"still running after {running.TotalSeconds:F1} s; the run was stopped");
                stopped = true;
            }
        }

        return stopped;
    }

    private void Record(GgufFuzzFindingKind kind, long input, string seedName, byte[] bytes, string description)
    {
        Interlocked.Increment(ref findingCount);
        lock (findings)
        {
            savedPerKind.TryGetValue(kind, out var saved);
            string? path = null;
            if (saved < options.MaxSavedPerKind)
            {
                savedPerKind[kind] = saved + 1;
                var name = string.Create(CultureInfo.InvariantCulture, $"{kind.ToString().ToLowerInvariant()}-seed{options.Seed}-input{input}");
                path = Path.Combine(options.FindingsFolder, name + ".gguf");
                AtomicFile.WriteAllBytes(path, bytes);
                AtomicFile.WriteAllText(Path.Combine(options.FindingsFolder, name + ".txt"), $"{kind} on input {input} (seed {options.Seed}, from {seedName}){System.Environment.NewLine}{description}{System.Environment.NewLine}");
            }

            if (findings.Count < MaxListedFindings)
            {
                findings.Add(new GgufFuzzFinding(kind, input, seedName, description, path));
            }
        }
    }

    private GgufFuzzReport Summarise(GgufFuzzWorker[] workers, TimeSpan elapsed)
    {
        var problemKinds = Enum.GetValues<GgufValidationProblemKind>()
            .Select(kind => (kind, count: workers.Sum(worker => worker.ProblemKinds[(int)kind])))
            .Where(pair => pair.count > 0)
            .ToDictionary(pair => pair.kind, pair => pair.count);
        var mutations = Enum.GetValues<GgufMutation>().ToDictionary(mutation => mutation, mutation => workers.Sum(worker => worker.Mutations[(int)mutation]));
        var heaviest = workers.MaxBy(worker => worker.MaxAllocatedBytes)!;
        var slowest = workers.MaxBy(worker => worker.Slowest)!;
        var accepted = workers.Sum(worker => worker.Accepted);
        var refused = workers.Sum(worker => worker.Refused);
        var crashed = workers.Sum(worker => worker.Crashed);
        lock (findings)
        {
            return new GgufFuzzReport(
                accepted + refused + crashed,
                elapsed,
                accepted,
                refused,
                problemKinds,
                mutations,
                [.. findings],
                Interlocked.Read(ref findingCount),
                heaviest.MaxAllocatedBytes,
                heaviest.MaxAllocatedInput,
                slowest.Slowest,
                slowest.SlowestInput,
                [.. seeds.Select(seed => seed.Name)],
                stopped);
        }
    }
}
