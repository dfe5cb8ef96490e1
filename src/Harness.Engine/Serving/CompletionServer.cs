using System.Globalization;
using System.Text.Json.Nodes;
using LLama.Native;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Llama2Validation.Engine.Serving;

/// <summary>
/// `l2v serve`: the suite's own OpenAI-compatible server (ASP.NET Core minimal APIs on Kestrel) over
/// the in-process engine. It loads native code into its own process, so the model file is checked
/// first (<see cref="ServeOptions.Validate"/>) and a bad file is a message, not a native abort.
/// </summary>
public static class CompletionServer
{
    /// <summary>The line tests and scripts wait for on stdout; the URL follows it.</summary>
    public const string ListeningPrefix = "l2v serve: listening on ";

    /// <summary>What /version reports: engine versions, not the harness commit, so the endpoint identity stays put across commits.</summary>
    public static string Version => $"l2v-serve llamasharp-{HarnessInfo.LlamaSharpVersion}";

    public static async Task<int> RunAsync(ServeOptions options, TextWriter output, TextWriter log, CancellationToken cancellationToken)
    {
        if (options.Validate() is { Count: > 0 } problems)
        {
            foreach (var problem in problems)
            {
                await log.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            return 2;
        }

        var apiKey = options.KeyVariable is null ? null : System.Environment.GetEnvironmentVariable(options.KeyVariable);
        LlamaNative.EnsureLoaded(options.NativeLibraryPath);
        // Warnings and errors only: load progress would bury the request log.
        NativeLogConfig.llama_log_set((level, message) =>
        {
            if (level is LLamaLogLevel.Warning or LLamaLogLevel.Error)
            {
                log.Write(message);
            }
        });

        using var engine = ServingEngine.Open(options);
        if (options.ContextPerSequence is { } asked && asked != engine.MainSlotCells)
        {
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"l2v serve: --context {asked} is rounded up to {engine.MainSlotCells} cells: llama.cpp pads each sequence's context to a multiple of {Llama2Validation.Harness.Memory.ContextCells.Padding}.")).ConfigureAwait(false);
        }
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.BindAddress()!, options.Port);
        });

        var app = builder.Build();
        await using (app.ConfigureAwait(false))
        {
            Map(app, options, new CompletionHandler(engine, options, apiKey), apiKey, log, engine.VocabularySize);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                // Kestrel's bind failure (a port taken since the options were checked) is bad input, not a crash.
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"error: --port {options.Port}: {e.Message}")).ConfigureAwait(false);
                return 2;
            }

            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(unknown)";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{ListeningPrefix}{url} (model '{options.ServedModelName}', {options.Parallel} slot(s) of {engine.MainSlotCells} cells{(options.Overflow is { } overflow ? $" + {overflow.Slots} overflow of {engine.SlotCells}" : "")})")).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop accepting, let Kestrel close connections, then free the model.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }

    private static void Map(WebApplication app, ServeOptions options, CompletionHandler handler, string? apiKey, TextWriter log, int vocabularySize)
    {
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        app.Use(RequestLog.Middleware(log));
        app.Use(async (http, next) =>
        {
            http.Response.Headers.Server = "l2v";
            await next(http).ConfigureAwait(false);
        });

        app.MapGet("/health", () => Results.Text("ok"));
        app.MapGet("/version", () => Results.Text(new JsonObject { ["version"] = Version }.ToJsonString(HarnessJson.Compact), "application/json"));
        app.MapGet("/v1/models", (HttpContext http) =>
        {
            if (!ApiKeyCheck.Allows(http, apiKey))
            {
                return CompletionHandler.WriteErrorAsync(http, 401, "authentication_error", "missing or wrong API key");
            }

            var model = new JsonObject
            {
                ["id"] = options.ServedModelName,
                ["object"] = "model",
                ["created"] = created,
                ["owned_by"] = "l2v",
                ["root"] = Path.GetFileName(options.ModelPath),
                // llama-server's field: what token-id prompts need to know about the model.
                ["meta"] = new JsonObject { ["n_vocab"] = vocabularySize },
            };
            http.Response.ContentType = "application/json";
            return http.Response.WriteAsync(new JsonObject { ["object"] = "list", ["data"] = new JsonArray(model) }.ToJsonString(HarnessJson.Compact));
        });
        app.MapPost("/v1/completions", (HttpContext http) => handler.HandleAsync(http, ServedRoute.Completions));
        app.MapPost("/v1/chat/completions", (HttpContext http) => handler.HandleAsync(http, ServedRoute.Chat));
        app.MapPost("/completion", (HttpContext http) => handler.HandleAsync(http, ServedRoute.LlamaCompletion));
    }
}
