using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Approval.Paths;

namespace Llama2Validation.Harness.Baselines.Store;

/// <summary>
/// Every verified baseline under a baselines folder (<c>&lt;class&gt;/throughput/*.verified.json</c>),
/// validated on load. A file with problems contributes no entries, and looking up one of its keys
/// says so, rather than a broken file silently applying or silently vanishing.
/// </summary>
public sealed class BaselineStore
{
    private readonly Dictionary<RunKey, (BaselineEntry Entry, string Source)> entries;
    private readonly Dictionary<RunKey, string> unusable;

    private BaselineStore(string folder, Dictionary<RunKey, (BaselineEntry, string)> entries, Dictionary<RunKey, string> unusable, IReadOnlyList<BaselineProblem> problems)
    {
        Folder = folder;
        this.entries = entries;
        this.unusable = unusable;
        Problems = problems;
    }

    public string Folder { get; }

    /// <summary>Every problem of every file, each file's all at once.</summary>
    public IReadOnlyList<BaselineProblem> Problems { get; }

    public IEnumerable<BaselineEntry> Entries => entries.Values.Select(v => v.Entry);

    public static BaselineStore Load(RepositoryLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Load(layout.BaselinesFolder);
    }

    public static BaselineStore Load(string baselinesFolder)
    {
        ArgumentNullException.ThrowIfNull(baselinesFolder);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baselinesFolder));
        var found = new Dictionary<RunKey, (BaselineEntry, string)>();
        var unusable = new Dictionary<RunKey, string>();
        var problems = new List<BaselineProblem>();
        foreach (var path in VerifiedFiles(root))
        {
            var source = Path.GetRelativePath(root, path).Replace('\\', '/');
            var classFolder = source.Split('/')[0];
            if (BaselinesPath.RefusalReason(root, path, out _) is { } unsafeReason)
            {
                problems.Add(new BaselineProblem(source, "", unsafeReason));
                continue;
            }

            var (document, fileProblems) = BaselineFile.Read(path, source);
            var all = document is null ? fileProblems : BaselineValidator.Validate(document, source, classFolder);
            problems.AddRange(all);
            foreach (var entry in document?.Entries.Where(e => e is not null) ?? [])
            {
                if (all.Count > 0)
                {
                    unusable.TryAdd(entry.Key, $"{source} has {all.Count} problem(s): {string.Join("; ", all.Select(p => p.ToString()))}");
                }
                else if (found.TryGetValue(entry.Key, out var earlier))
                {
                    var message = $"duplicate key {entry.Key}: also in {earlier.Item2}";
                    problems.Add(new BaselineProblem(source, "", message));
                    unusable[entry.Key] = message;
                }
                else
                {
                    found[entry.Key] = (entry, source);
                }
            }
        }

        foreach (var key in unusable.Keys)
        {
            found.Remove(key);
        }

        return new BaselineStore(root, found, unusable, problems);
    }

    public BaselineLookup Find(RunKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (entries.TryGetValue(key, out var hit))
        {
            return new BaselineLookup(key, hit.Entry, hit.Source, null);
        }

        var expected = new ApprovalFolder(Folder).Relative(Path.Combine(Folder, new ApprovalKey(ApprovalKind.Baseline, key).RelativeVerifiedPath));
        return new BaselineLookup(key, null, null, unusable.TryGetValue(key, out var reason)
            ? $"baseline unusable: {reason}"
            : $"no verified baseline for {key} (expected {expected})");
    }

    private static IEnumerable<string> VerifiedFiles(string root)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        var folder = ApprovalKind.Baseline.FolderName();
        return Directory.EnumerateDirectories(root)
            .Select(classFolder => Path.Combine(classFolder, folder))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, $"*{ApprovalFileName.VerifiedMarker}json"))
            .Order(StringComparer.Ordinal);
    }
}
