using System.Reflection;
using System.Runtime.InteropServices;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Running;

namespace Llama2Validation.Tests.Correctness.Layering;

/// <summary>
/// Issue 36: the product assemblies carry no test hook. A native abort on request lives only in the
/// test-only l2v-aborting-worker, and a run request holds what a run needs, nothing a test forces.
/// </summary>
public sealed class NoTestHookTests
{
    private static readonly Assembly[] Product = [typeof(HarnessInfo).Assembly, typeof(LlamaNative).Assembly, Assembly.Load("l2v-worker"), Assembly.Load("l2v")];

    [Fact]
    public void No_product_assembly_imports_the_C_library_s_abort()
    {
        Product.SelectMany(NativeAborts).Should().BeEmpty("only tests/AbortingWorker may end a worker by abort()");
    }

    [Fact]
    public void The_aborting_test_worker_does_and_the_check_sees_it()
    {
        NativeAborts(Assembly.Load("l2v-aborting-worker")).Should().NotBeEmpty();
    }

    [Fact]
    public void A_run_request_has_no_switch_that_only_tests_set()
    {
        typeof(RunRequest).GetProperties().Select(p => p.Name)
            .Should().NotContain(name => name.StartsWith("Abort", StringComparison.Ordinal) || name.StartsWith("Force", StringComparison.Ordinal));
    }

    private static IEnumerable<string> NativeAborts(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(method => method.Attributes.HasFlag(MethodAttributes.PinvokeImpl)
                && (method.GetCustomAttribute<DllImportAttribute>()?.EntryPoint ?? method.Name) == "abort")
            .Select(method => $"{assembly.GetName().Name}: {method.DeclaringType}.{method.Name}");
}
