using System.Text.Json;
using Llama2Validation.Engine.Quantization;
using Llama2Validation.Engine.Worker;
using Llama2Validation.Harness.Processes;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;

// Started by WorkerHost, RatioWorkerHost and QuantizedVariants, never by people: messages go to stdout,
// llama.cpp's log to stderr. The verbs are WorkerLauncher's constants.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return args switch
{
    [WorkerLauncher.RunVerb, var request] => WorkerProgram.Run(request, Console.Out, cancellation.Token),
    [WorkerLauncher.RatiosVerb, var request] => RatioWorkerProgram.Run(request, Console.Out, cancellation.Token),
    [WorkerLauncher.AgreementVerb, var request] => AgreementWorkerProgram.Run(request, cancellation.Token),
    [WorkerLauncher.QuantizeVerb, var source, var destination, var type, .. var native] when native.Length <= 1 && Enum.TryParse<WeightType>(type, out var target) =>
        Quantize(source, destination, target, native.FirstOrDefault()),
    _ => Usage(),
};

static int Quantize(string source, string destination, WeightType target, string? nativeLibrary)
{
    try
    {
        var native = LlamaQuantization.Quantize(source, destination, target, nativeLibrary);
        Console.Out.WriteLine(JsonSerializer.Serialize(native, HarnessJson.Compact));
        return 0;
    }
    catch (InvalidOperationException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
}

static int Usage()
{
    Console.Error.WriteLine($"usage: {WorkerLauncher.WorkerProgram} {WorkerLauncher.RunVerb} REQUEST | {WorkerLauncher.RatiosVerb} REQUEST | {WorkerLauncher.AgreementVerb} REQUEST | {WorkerLauncher.QuantizeVerb} SOURCE DESTINATION TYPE [NATIVE-LIBRARY]");
    return 2;
}
