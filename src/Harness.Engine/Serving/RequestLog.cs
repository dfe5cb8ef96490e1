using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Llama2Validation.Engine.Serving;

/// <summary>
/// One line on the server's log for every request, refused ones (401, 404, 413) included, so an
/// operator sees who was turned away and why. Method, path, status, time and a handler's note only:
/// never headers or bodies, so never the key.
/// </summary>
internal static class RequestLog
{
    private const string NoteKey = "l2v.note";

    /// <summary>What the handler adds to the request's line ("12 tokens", "client gone").</summary>
    public static void Note(HttpContext http, string note) => http.Items[NoteKey] = note;

    public static Func<HttpContext, RequestDelegate, Task> Middleware(TextWriter log) => async (http, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http).ConfigureAwait(false);
        }
        finally
        {
            var note = http.Items.TryGetValue(NoteKey, out var value) && value is string text ? $" {text}" : "";
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"l2v serve: {http.Request.Method} {http.Request.Path} {http.Response.StatusCode}{note} {Stopwatch.GetElapsedTime(started).TotalSeconds:0.000} s")).ConfigureAwait(false);
        }
    };
}
