using System.Reflection;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Tests.Correctness.Quality;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Gating;

/// <summary>
/// <c>dotnet test --filter Category=A100</c> on a machine of another class must pass nothing: every test row
/// that carries a GPU class's Category must be a gated theory, one that asks the gate first and so skips (or,
/// declared, fails) off its class. A routing test tagged with a class would pass there and look like coverage.
/// </summary>
public sealed class ClassFilterTests
{
    /// <summary>The theories in this assembly that call <see cref="GateAssert.RunsHere"/> before judging anything.</summary>
    private static readonly Type[] Gated = [typeof(RougeFloorTheories), typeof(OutputSnapshotTheories), typeof(AgreementFloorTheories)];

    [Fact]
    public void OnlyGatedTheories_CarryAGpuClassCategory()
    {
        var gpuCategories = TestTraits.Categories.Where(c => c != TestTraits.Cpu).ToHashSet();

        var tagged = TestMethods()
            .Where(m => RowsOf(m).Any(row => row.Traits is { } traits && traits.TryGetValue(TestTraits.Category, out var values) && values.Overlaps(gpuCategories))
                || m.GetCustomAttributes<TraitAttribute>().Concat(m.DeclaringType!.GetCustomAttributes<TraitAttribute>())
                    .Any(t => t.Name == TestTraits.Category && gpuCategories.Contains(t.Value)))
            .Select(m => m.DeclaringType!)
            .Distinct()
            .ToList();

        tagged.Should().NotBeEmpty("the gated theories carry their class").And.OnlyContain(t => Gated.Contains(t), "a test tagged with a GPU class that does not go through the gate passes on the wrong runner");
    }

    private static IEnumerable<MethodInfo> TestMethods() =>
        typeof(ClassFilterTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<FactAttribute>(inherit: true) is not null);

    private static IEnumerable<ITheoryDataRow> RowsOf(MethodInfo method)
    {
        foreach (var data in method.GetCustomAttributes<MemberDataAttribute>())
        {
            var source = data.MemberType ?? method.DeclaringType!;
            var member = source.GetProperty(data.MemberName, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
                ?? source.GetMethod(data.MemberName, BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes)?.Invoke(null, null);
            if (member is System.Collections.IEnumerable rows)
            {
                foreach (var row in rows.OfType<ITheoryDataRow>())
                {
                    yield return row;
                }
            }
        }
    }

    [Fact]
    public void TheGpuClasses_AreEveryCategoryButCpu() =>
        TestTraits.Categories.Where(c => c != TestTraits.Cpu).Should().Equal(
            Enum.GetValues<HardwareClass>().Where(c => c is not (HardwareClass.Unknown or HardwareClass.CPU)).Select(TestTraits.CategoryOf));
}
