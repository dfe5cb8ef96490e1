namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>
/// The suite root a runner gates in: a copy of the checkout's baselines, data and models, made once and
/// then kept, so received files of one pass are there for the next and for <c>l2v gate propose</c>.
/// It carries a marker that makes <c>l2v approve</c> refuse there: a runner proposes, a person approves.
/// </summary>
public static class GateRoot
{
    /// <summary>The marker file's name, at the root of a runner's suite root.</summary>
    public const string MarkerName = ".l2v-runner";

    private static readonly string[] CopiedFolders = ["baselines", "data", "models"];

    /// <summary>The default place for a runner's suite root: outside any checkout.</summary>
    public static string DefaultPath => Path.Combine(Path.GetTempPath(), "l2v-gate-root");

    /// <summary>
    /// Fills <paramref name="gateRoot"/> from <paramref name="checkoutRoot"/> unless it was filled before, and
    /// marks it. On first filling, <paramref name="forget"/> strategies lose their throughput baseline and
    /// snapshot of <paramref name="hardwareClass"/> (their gate configuration changed, so a recording
    /// proposes them afresh); their memory expectations stay.
    /// </summary>
    /// <returns>The files forgotten, empty when the root existed already or nothing matched.</returns>
    public static IReadOnlyList<string> Prepare(string checkoutRoot, string gateRoot, string hardwareClass, IReadOnlyList<string> forget)
    {
        ArgumentNullException.ThrowIfNull(forget);
        if (forget.FirstOrDefault(s => s.Length == 0 || s.IndexOfAny(['*', '?', '/', '\\']) >= 0 || s.StartsWith('.')) is { } unsafeName)
        {
            throw new ArgumentException($"'{unsafeName}' is not a strategy name: forgetting deletes files by name, so no pattern or path is taken.", nameof(forget));
        }

        var source = Path.GetFullPath(checkoutRoot);
        var target = Path.GetFullPath(gateRoot);
        if (string.Equals(Path.TrimEndingDirectorySeparator(source), Path.TrimEndingDirectorySeparator(target), StringComparison.Ordinal))
        {
            throw new ArgumentException($"The gate root must not be the checkout ({source}): a runner's received files and marker stay out of it.", nameof(gateRoot));
        }

        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, MarkerName), "A GPU runner's suite root: proposals are made here and approved elsewhere by a person.\n");
        if (Directory.Exists(Path.Combine(target, "baselines")))
        {
            return [];
        }

        foreach (var folder in CopiedFolders.Where(f => Directory.Exists(Path.Combine(source, f))))
        {
            CopyFolder(Path.Combine(source, folder), Path.Combine(target, folder));
        }

        foreach (var solution in Directory.GetFiles(source, "*.sln"))
        {
            File.Copy(solution, Path.Combine(target, Path.GetFileName(solution)), overwrite: true);
        }

        var forgotten = new List<string>();
        foreach (var kind in new[] { "throughput", "snapshots" })
        {
            var folder = Path.Combine(target, "baselines", hardwareClass, kind);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in forget.SelectMany(strategy => Directory.GetFiles(folder, strategy + ".*")))
            {
                File.Delete(file);
                forgotten.Add(file);
            }
        }

        return forgotten;
    }

    /// <summary>Whether <paramref name="root"/> is a runner's suite root (where approving is refused).</summary>
    public static bool IsRunnerRoot(string root) => File.Exists(Path.Combine(root, MarkerName));

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }
}
