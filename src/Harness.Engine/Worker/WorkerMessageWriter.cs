using System.Collections.Concurrent;
using Llama2Validation.Harness.Running.Worker;

namespace Llama2Validation.Engine.Worker;

/// <summary>
/// Writes the worker's messages in order on a thread of its own. The generation loop hands a finished
/// document over and goes straight back to decoding instead of waiting for JSON formatting and for a
/// pipe the parent may be slow to drain, which left the GPU idle (docs/measurement-notes.md).
/// </summary>
internal sealed class WorkerMessageWriter : IDisposable
{
    private readonly BlockingCollection<WorkerMessage> queue = [];
    private readonly TextWriter output;
    private readonly Thread thread;

    public WorkerMessageWriter(TextWriter output)
    {
        this.output = output;
        thread = new Thread(Drain) { IsBackground = true, Name = "l2v worker messages" };
        thread.Start();
    }

    public void Post(WorkerMessage message) => queue.Add(message);

    /// <summary>Returns once every message posted so far is written; nothing can be posted after.</summary>
    public void Complete()
    {
        if (!queue.IsAddingCompleted)
        {
            queue.CompleteAdding();
        }

        thread.Join();
    }

    public void Dispose()
    {
        Complete();
        queue.Dispose();
    }

    private void Drain()
    {
        try
        {
            foreach (var message in queue.GetConsumingEnumerable())
            {
                output.WriteLine(WorkerProtocol.Format(message));
                output.Flush();
            }
        }
        catch (IOException)
        {
            // The parent closed the pipe: nobody is left to tell, and the worker is about to be ended.
        }
    }
}
