namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>
/// One `l2v serve` process over the tiny model for a whole test class, started on first use (so a
/// missing model skips instead of failing the fixture). Sharing it also checks that each request
/// leaves the server's context clean for the next one.
/// </summary>
public sealed class ServedTinyModel : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private ServeProcess? server;

    internal TestApiKey Key { get; } = TestApiKey.Set();

    internal async Task<ServeProcess> GetAsync(string modelPath, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return server ??= await ServeProcess.StartAsync(modelPath, ["--api-key-env", Key.Variable], cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Key.Dispose();
        gate.Dispose();
    }
}
