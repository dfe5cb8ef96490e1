using DiffEngine;

namespace Llama2Validation.Harness.Approval;

/// <summary>
/// Opens the person's diff tool on a received/verified pair, only when someone is at the keyboard:
/// never under CI (our own check and DiffEngine's build-server detection) or when DiffEngine is disabled.
/// </summary>
public static class DiffTool
{
    public static bool CanOpen => !ContinuousIntegration.IsDetected() && !BuildServerDetector.Detected && !DiffRunner.Disabled;

    /// <summary>Launches the diff tool; false (and nothing launched) when it may not or cannot.</summary>
    public static bool TryOpen(string receivedPath, string verifiedPath)
    {
        if (!CanOpen || !File.Exists(receivedPath) || !File.Exists(verifiedPath))
        {
            return false;
        }

        return DiffRunner.Launch(receivedPath, verifiedPath) is LaunchResult.StartedNewInstance or LaunchResult.AlreadyRunningAndSupportsRefresh;
    }
}
