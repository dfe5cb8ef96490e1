using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Running;

public sealed class RunCacheTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-cache-").FullName;

    private static RunCacheKey Key(string strategy = "default") =>
        new(StrategyCatalog.Find(strategy)!, "abc", "dataset", "cpu-fingerprint", "commit/0.30.0", "session-1");

    private static RunResult Result(string strategy) =>
        new() { Strategy = strategy, Spec = StrategyCatalog.Find(strategy)!, Metadata = new RunMetadata(), DocsPerSecond = 4.2 };

    [Fact]
    public async Task ConcurrentAskers_ShareOneRun_AndTheLogRecordsIt()
    {
        var cache = new RunCache(folder);
        var runs = 0;
        async Task<RunResult> Run(CancellationToken token)
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(300, token);
            return Result("default");
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => cache.GetOrRunAsync(Key(), Run, TestContext.Current.CancellationToken))));

        runs.Should().Be(1);
        results.Should().OnlyContain(r => r.DocsPerSecond == 4.2);
        cache.RunsRecordedFor(Key().Digest()).Should().Be(1);
    }

    [Fact]
    public async Task DifferentKeys_RunSeparately()
    {
        var cache = new RunCache(folder);
        await cache.GetOrRunAsync(Key("default"), _ => Task.FromResult(Result("default")), TestContext.Current.CancellationToken);
        await cache.GetOrRunAsync(Key("4-bit"), _ => Task.FromResult(Result("4-bit")), TestContext.Current.CancellationToken);

        cache.RunsRecordedFor(Key("default").Digest()).Should().Be(1);
        cache.RunsRecordedFor(Key("4-bit").Digest()).Should().Be(1);
        Key("default").Digest().Should().NotBe(Key("4-bit").Digest());
    }

    [Fact]
    public void Digest_ChangesWithEveryPartOfTheKey()
    {
        var key = Key();
        var variants = new[]
        {
            key with { ModelSha256 = "other" },
            key with { DatasetHash = "other" },
            key with { HardwareFingerprint = "other" },
            key with { HarnessVersion = "other" },
            key with { Session = "other" },
            key with { Spec = key.Spec with { Threads = 2 } },
        };

        variants.Select(v => v.Digest()).Should().OnlyHaveUniqueItems().And.NotContain(key.Digest());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
