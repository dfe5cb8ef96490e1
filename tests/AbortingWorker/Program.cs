using Llama2Validation.Engine.Worker;
using Llama2Validation.Harness.Processes;
using Llama2Validation.Tests.AbortingWorker;

// Started by tests through WorkerHost.WorkerPath, with l2v-worker's command line: the real run, whose
// first document message reaches stdout before the C library's abort() ends the process.
if (args is not [WorkerLauncher.RunVerb, var request])
{
    Console.Error.WriteLine($"usage: l2v-aborting-worker {WorkerLauncher.RunVerb} REQUEST");
    return 2;
}

using var output = new AbortAfterDocuments(Console.Out, documents: 1);
return WorkerProgram.Run(request, output, CancellationToken.None);
