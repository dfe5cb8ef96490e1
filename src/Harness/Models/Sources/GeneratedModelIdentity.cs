using Llama2Validation.Harness.Models.Gguf;

namespace Llama2Validation.Harness.Models.Sources;

/// <summary>
/// What a model file says about itself, read and validated in managed code before llama.cpp ever sees
/// it (a malformed file would abort the process natively): the generator's profile and synthetic flag.
/// </summary>
public sealed record GeneratedModelIdentity(string? Profile, bool Synthetic)
{
    public static GeneratedModelIdentity Read(string path) => From(GgufReader.ReadAndValidate(path));

    /// <summary>Null when the file is not valid GGUF.</summary>
    public static GeneratedModelIdentity? TryRead(string path)
    {
        var inspected = GgufReader.Inspect(path);
        return inspected.IsValid ? From(inspected.File!) : null;
    }

    private static GeneratedModelIdentity From(GgufFile file)
    {
        var profile = file.Metadata.TryGetString(GgufKeys.Profile, out var name) ? name : null;
        var synthetic = file.Metadata.TryGetBool(GgufKeys.Synthetic, out var flag) && flag;
        return new GeneratedModelIdentity(profile, synthetic);
    }
}
