using Llama2Validation.Harness;
using Llama2Validation.Harness.Approval;

namespace Llama2Validation.Tests.Correctness.Baselines;

/// <summary>A throwaway checkout: a temp root with a baselines folder, and a sibling folder that must never be written.</summary>
internal sealed class BaselinesSandbox : IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("l2v-baselines-");

    public BaselinesSandbox()
    {
        Layout = new RepositoryLayout(Path.Combine(temp.FullName, "repo"));
        Directory.CreateDirectory(Layout.BaselinesFolder);
        Outside = Directory.CreateDirectory(Path.Combine(temp.FullName, "outside")).FullName;
    }

    public RepositoryLayout Layout { get; }

    public string Baselines => Layout.BaselinesFolder;

    /// <summary>A folder beside the checkout that approval and proposals must never touch.</summary>
    public string Outside { get; }

    public ApprovalFolder Folder => ApprovalFolder.For(Layout);

    public Approver Approver => Approver.For(Layout);

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Baselines, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => temp.Delete(recursive: true);
}
