using System.ComponentModel;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Model;

internal sealed class MakeModelSettings : CommandSettings
{
    [CommandOption("--preset <PRESET>")]
    [Description("Shape preset: tiny or llama2-7b.")]
    [DefaultValue("tiny")]
    public string Preset { get; init; } = "tiny";

    [CommandOption("--type <TYPE>")]
    [Description("Weight type of the matrices: f16, q8_0 or q4_0.")]
    [DefaultValue("f16")]
    public string Type { get; init; } = "f16";

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the weight generator; the same seed gives the same bytes.")]
    [DefaultValue(SyntheticModelSpec.DefaultSeed)]
    public ulong Seed { get; init; } = SyntheticModelSpec.DefaultSeed;

    [CommandOption("--out <PATH>")]
    [Description("Where to write the GGUF file. Default: the generated-model cache under .cache/models/.")]
    public string? Out { get; init; }

    [CommandOption("--derive")]
    [Description("Make q8_0/q4_0 by quantising the F16 model with llama.cpp (as llama-quantize does) instead of writing random blocks directly.")]
    public bool Derive { get; init; }

    [CommandOption("--native-library|--native-lib <PATH>")]
    [Description("libllama to use for --derive instead of the bundled one (or set LLAMA2VALIDATION_NATIVE_LIB).")]
    public string? NativeLibrary { get; init; }

    public ModelShape Shape => ModelShapes.Get(Preset);

    public WeightType WeightType => WeightTypes.TryParse(Type, out var type) ? type : throw new InvalidOperationException($"Unknown weight type '{Type}'.");

    public override ValidationResult Validate()
    {
        var problems = new List<string>();
        if (ModelShapes.Find(Preset) is null)
        {
            problems.Add($"--preset '{Preset}' is not one of: {string.Join(", ", ModelShapes.All.Select(shape => shape.Name))}.");
        }

        if (!WeightTypes.TryParse(Type, out var type))
        {
            problems.Add($"--type '{Type}' is not one of: {string.Join(", ", Enum.GetValues<WeightType>().Select(t => t.ToName()))}.");
        }
        else if (Derive && type == WeightType.F16)
        {
            problems.Add("--derive makes a quantised variant; use it with --type q8_0 or q4_0.");
        }

        if (Out is not null && OutputPath.FileProblem("--out", Out) is { } outProblem)
        {
            problems.Add(outProblem);
        }

        if (NativeLibrary is not null && !File.Exists(NativeLibrary))
        {
            problems.Add($"--native-library '{NativeLibrary}' does not exist.");
        }

        return problems.Count == 0 ? ValidationResult.Success() : ValidationResult.Error(string.Join(System.Environment.NewLine, problems));
    }
}
