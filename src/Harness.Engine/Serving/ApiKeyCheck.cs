using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Llama2Validation.Engine.Serving;

/// <summary>The optional key of `l2v serve --api-key-env`, compared in constant time.</summary>
internal static class ApiKeyCheck
{
    private const string Bearer = "Bearer";

    public static bool Allows(HttpContext http, string? apiKey)
    {
        if (apiKey is null)
        {
            return true;
        }

        // RFC 9110: the authentication scheme is case-insensitive ("bearer" is as good as "Bearer").
        var header = http.Request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        return space > 0
            && header.AsSpan(0, space).Equals(Bearer, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[(space + 1)..].Trim()), Encoding.UTF8.GetBytes(apiKey));
    }
}
