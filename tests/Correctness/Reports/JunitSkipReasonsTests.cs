using System.Diagnostics;
using System.Xml.Linq;
using Llama2Validation.Harness;

namespace Llama2Validation.Tests.Correctness.Reports;

/// <summary>scripts/junit-skip-reasons.cs puts each skip's reason, known only to the TRX report, into the JUnit report.</summary>
public sealed class JunitSkipReasonsTests : IDisposable
{
    private const string Reason = "No GPU of class A100 here (CPU).";
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-junit-").FullName;

    [Fact]
    public async Task A_skipped_case_gets_the_reason_from_the_trx_report()
    {
        var script = Path.Combine(RepositoryLayout.Current.Root, "scripts", "junit-skip-reasons.cs");
        if (!File.Exists(script))
        {
            Assert.Skip($"{script} is not here (a published test copy outside the checkout).");
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "run.trx"), $"""
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>
              <UnitTestResult testName="Tests.Gate.Throughput(strategy: &quot;default&quot;)" outcome="NotExecuted"><Output><ErrorInfo><Message>{Reason}</Message></ErrorInfo></Output></UnitTestResult>
              <UnitTestResult testName="Tests.Gate.Other" outcome="Passed" />
            </Results></TestRun>
            """, TestContext.Current.CancellationToken);
        var junit = Path.Combine(folder, "Tests.junit.xml");
        await File.WriteAllTextAsync(junit, """
            <testsuites><testsuite name="Tests.dll">
              <testcase classname="Tests.Gate" name="Throughput(strategy: &quot;default&quot;)"><skipped /></testcase>
              <testcase classname="Tests.Gate" name="Other" />
            </testsuite></testsuites>
            """, TestContext.Current.CancellationToken);

        var exitCode = await DotnetRun(script, folder);

        exitCode.Should().Be(0);
        var skipped = XDocument.Load(junit).Descendants("skipped").Single();
        skipped.Attribute("message")?.Value.Should().Be(Reason);
    }

    private static async Task<int> DotnetRun(string script, string argument)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var part in new[] { "run", script, "--", argument })
        {
            start.ArgumentList.Add(part);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(await output + await errors);
        return process.ExitCode;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
