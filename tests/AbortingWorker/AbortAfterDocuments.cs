using System.Runtime.InteropServices;
using System.Text;
using Llama2Validation.Harness.Running.Worker;

namespace Llama2Validation.Tests.AbortingWorker;

/// <summary>
/// The worker's stdout, passed through: once the given number of document messages are written and
/// flushed, the process ends in the C library's abort(), so the parent sees SIGABRT after those
/// documents, as it would after a real crash that followed their last write.
/// </summary>
internal sealed partial class AbortAfterDocuments(TextWriter inner, int documents) : TextWriter
{
    private int written;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(value);

    public override void WriteLine(string? value)
    {
        inner.WriteLine(value);
        inner.Flush();
        if (WorkerProtocol.TryParse(value ?? "", out var message) && message?.Kind == WorkerMessageKind.Document && ++written == documents)
        {
            Console.Error.WriteLine($"l2v-aborting-worker: aborting natively after {written} documents, as this test worker does");
            Console.Error.Flush();
            CAbort();
        }
    }

    public override void Flush() => inner.Flush();

    [LibraryImport("libc", EntryPoint = "abort")]
    private static partial void CAbort();
}
