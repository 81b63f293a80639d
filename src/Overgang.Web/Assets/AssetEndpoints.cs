using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Overgang.Web.Assets;

/// <summary>
/// Serves the stylesheet bundled at build time (NL Design System and our layout) from the assembly, with a content
/// hash in its address so that it can be cached for ever.
/// </summary>
internal static class AssetEndpoints
{
    private static readonly FrozenDictionary<string, Asset> ByName = Load();

    /// <summary>The address of the bundled stylesheet, with its content hash.</summary>
    public static string Stylesheet { get; } = "/assets/" + ByName["overgang.css"].Hash + "/overgang.css";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/assets/{hash}/{name}", (string hash, string name, HttpContext context) =>
        {
            if (!ByName.TryGetValue(name, out var asset) || asset.Hash != hash)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(asset.Content, asset.ContentType, entityTag: new EntityTagHeaderValue('"' + asset.Hash + '"'));
        }).ExcludeFromDescription().AllowAnonymous();

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(AssetEndpoints).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        const string prefix = "Overgang.Web.assets.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var name = resource[prefix.Length..];
            var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
            assets[name] = new Asset(content, hash, name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "application/octet-stream");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Content, string Hash, string ContentType);
}
