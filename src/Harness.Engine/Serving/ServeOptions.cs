using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Hardware.Probes;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Engine.Serving;

/// <summary>What `l2v serve` serves and where, as data that validates itself before any native load.</summary>
public sealed record ServeOptions
{
    public required string ModelPath { get; init; }

    /// <summary>An IP address or "localhost"; loopback unless <see cref="AllowRemote"/>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 lets the system pick a free port; the chosen URL is printed either way.</summary>
    public int Port { get; init; } = 8000;

    /// <summary>Sequences decoded together (the context's slots); 1 gives the default strategy's outputs exactly.</summary>
    public int Parallel { get; init; } = 1;

    /// <summary>Requests that may wait while every slot is busy; past that the server answers 503 with Retry-After.</summary>
    public int QueueLimit { get; init; } = 64;

    /// <summary>Bind a non-loopback address: the server has no TLS and only an optional key.</summary>
    public bool AllowRemote { get; init; }

    /// <summary>The id clients send as "model"; the file name without extension when null.</summary>
    public string? ModelName { get; init; }

    /// <summary>When set, requests must carry "Authorization: Bearer" with this variable's value.</summary>
    public string? KeyVariable { get; init; }

    public string? NativeLibraryPath { get; init; }

    public int GpuLayers { get; init; } = 999;

    /// <summary>Context cells per slot; null means the model's training context, as in the in-process strategies.</summary>
    public int? ContextPerSequence { get; init; }

    /// <summary>Slots × cells of a second context for requests too long for a main slot; null has none.</summary>
    public (int Slots, int Cells)? Overflow { get; init; }

    public string ServedModelName => string.IsNullOrWhiteSpace(ModelName) ? Path.GetFileNameWithoutExtension(ModelPath) : ModelName;

    /// <summary>Every problem at once; empty when the server can start.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (ModelProblem() is { } model)
        {
            problems.Add(model);
        }

        if (BindAddress() is not { } address)
        {
            problems.Add($"--host '{Host}' is not an IP address or localhost");
        }
        else if (!IPAddress.IsLoopback(address) && !AllowRemote)
        {
            problems.Add($"--host {Host} is not a loopback address; the server has no TLS, pass --allow-remote to expose it anyway");
        }

        if (Port is < 0 or > 65535)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--port {Port} is outside 0-65535"));
        }
        else if (BindAddress() is { } bind && PortInUse(bind, Port))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--port {Port} is already in use on {bind}; pick another, or 0 for a free one"));
        }

        if (NativeLibraryPath is not null && !File.Exists(NativeLibraryPath))
        {
            problems.Add($"--native-library '{NativeLibraryPath}' does not exist");
        }

        if (Parallel < 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--parallel {Parallel} must be at least 1"));
        }

        if (QueueLimit < 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--queue {QueueLimit} must be 0 or more"));
        }

        if (ContextPerSequence is < 1)
        {
            problems.Add("--context must be positive");
        }

        if (Overflow is { } overflow && (overflow.Slots < 1 || overflow.Cells <= (ContextPerSequence ?? 0)))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--overflow {overflow.Slots}x{overflow.Cells}: needs at least one slot, longer than --context"));
        }

        if (KeyVariable is not null && string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable(KeyVariable)))
        {
            problems.Add($"--api-key-env {KeyVariable}: the variable is not set");
        }

        if (problems.Count == 0)
        {
            // Only once everything else is sound: the limits read the (validated) header for the memory model.
            var onCpu = GpuLayers == 0 || HardwareDetector.Detect().DetectedClass == HardwareClass.CPU;
            problems.AddRange(RunLimits.Problems(Spec(), ModelPath, HostMemory.Current(), onCpu).Select(p => "--parallel/--context: " + p));
        }

        return problems;
    }

    /// <summary>The context the server opens: the default strategy's, with these slots.</summary>
    public StrategySpec Spec() => StrategyCatalog.Default with
    {
        Name = "serve",
        ParallelSequences = Parallel,
        ContextPerSequence = ContextPerSequence,
        OverflowSequences = Overflow?.Slots ?? 0,
        OverflowContextPerSequence = Overflow?.Cells,
    };

    public IPAddress? BindAddress() =>
        string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(Host, out var address) ? address
        : null;

    /// <summary>
    /// Checked before llama.cpp sees the file, by the same validator `l2v run` uses: a missing, truncated
    /// or malformed file must be a clear message in this process, not a native abort inside it (the
    /// server loads the model in-process).
    /// </summary>
    private string? ModelProblem()
    {
        if (string.IsNullOrWhiteSpace(ModelPath) || !File.Exists(ModelPath))
        {
            return $"--model '{ModelPath}' does not exist";
        }

        var verdict = GgufReader.Inspect(ModelPath);
        return verdict.IsValid
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"--model '{ModelPath}' is an invalid GGUF file ({verdict.Problems.Count} problem(s)): {string.Join("; ", verdict.Problems)}");
    }

    /// <summary>
    /// Asked before the model is loaded, so a busy port costs no load time; Kestrel's own bind
    /// failure still catches a port taken in between.
    /// </summary>
    private static bool PortInUse(IPAddress address, int port)
    {
        if (port == 0)
        {
            return false;
        }

        var probe = new TcpListener(address, port);
        try
        {
            probe.Start();
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            // Not ours to judge (permissions, say): Kestrel reports it at bind time.
            return false;
        }
        finally
        {
            probe.Stop();
        }
    }
}
