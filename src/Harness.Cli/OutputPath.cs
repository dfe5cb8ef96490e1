namespace Llama2Validation.Cli;

/// <summary>
/// Where a command is told to write, checked before any work: a folder that is really a file (or sits
/// under one) would otherwise surface as an IOException with a stack trace after the work is done.
/// </summary>
internal static class OutputPath
{
    /// <summary>Why <paramref name="path"/> cannot be used (or created) as a folder; null when it can.</summary>
    public static string? FolderProblem(string option, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return $"{option}: an empty path is not a folder";
        }

        if (File.Exists(path))
        {
            return $"{option}: '{path}' is a file, not a folder";
        }

        return FileAbove(path) is { } file ? $"{option}: '{path}' cannot be created: '{file}' is a file" : null;
    }

    /// <summary>Why a file cannot be written at <paramref name="path"/>; null when it can.</summary>
    public static string? FileProblem(string option, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return $"{option}: an empty path is not a file";
        }

        if (Directory.Exists(path))
        {
            return $"{option}: '{path}' is a folder, not a file";
        }

        return FileAbove(path) is { } file ? $"{option}: '{path}' cannot be created: '{file}' is a file" : null;
    }

    private static string? FileAbove(string path)
    {
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                return folder;
            }

            if (Directory.Exists(folder))
            {
                return null;
            }
        }

        return null;
    }
}
