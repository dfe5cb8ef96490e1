using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Llama2Validation.Harness.Serving;

/// <summary>The optional key of `l2v serve --api-key-env`, compared in constant time.</summary>
internal static class ApiKeyCheck
{
    private const string Bearer = "Bearer ";

    public static bool Allows(HttpContext http, string? apiKey)
    {
        if (apiKey is null)
        {
            return true;
        }

        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith(Bearer, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Bearer.Length..]), Encoding.UTF8.GetBytes(apiKey));
    }
}
