using System.Globalization;
using Llama2Validation.Harness.Memory;

namespace Llama2Validation.Harness.Running.Worker;

/// <summary>
/// Explains a worker's native death with the memory model: when the context it asked for needs more host
/// memory than RAM + swap, the death was an allocation failure (llama.cpp's CPU backend may crash inside
/// context creation instead of returning an error, leaving no log line to say so).
/// </summary>
public static class OutOfMemoryDiagnosis
{
    /// <summary>A sentence with the numbers when the request cannot fit the host, else null.</summary>
    public static string? Explain(RunRequest request, HostMemory? host)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (host is null || !File.Exists(request.ModelPath))
        {
            return null;
        }

        ModelFootprint model;
        try
        {
            model = ModelFootprint.FromFile(request.ModelPath);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or Models.Gguf.GgufValidationException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }

        var prediction = MemoryModel.Predict(model, ConfigurationOf(request, model), MemoryTarget.Cpu);
        if (prediction.TotalBytes <= host.CommitLimitBytes)
        {
            return null;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"the memory model predicts {prediction.TotalBytes / (double)MemorySizes.GiB:F1} GiB of host memory for {prediction.TotalCells:N0} KV cells ({MemoryExpectations.Describe(prediction)} MiB) against {host.TotalBytes / (double)MemorySizes.GiB:F1} GiB RAM + {host.SwapBytes / (double)MemorySizes.GiB:F1} GiB swap");
    }

    /// <summary>The context the worker asks llama.cpp for: the spec's, on this model.</summary>
    public static MemoryConfiguration ConfigurationOf(RunRequest request, ModelFootprint model)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(model);
        return MemoryConfiguration.For(request.Spec, model.TrainedContext);
    }
}
