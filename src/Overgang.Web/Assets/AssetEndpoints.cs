using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Overgang.Web.Assets;

/// <summary>
/// Serves the stylesheet bundled at build time (NL Design System and our layout) from the assembly, with a content
/// hash in its address so that it can be cached for ever. It is sent brotli- or gzip-compressed when the browser accepts
/// that: each variant is compressed once, on its first request (brotli at quality 9, gzip at the smallest size), and kept
/// in memory (issue 14).
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

            var headers = context.Response.Headers;
            headers.CacheControl = "public, max-age=31536000, immutable";
            headers.Vary = HeaderNames.AcceptEncoding;
            var (encoding, content) = asset.For(context.Request);
            if (encoding is not null)
            {
                headers.ContentEncoding = encoding;
            }

            // Each encoding is its own representation, with its own strong entity tag.
            var tag = encoding is null ? asset.Hash : asset.Hash + "-" + encoding;
            return Results.Bytes(content, asset.ContentType, entityTag: new EntityTagHeaderValue('"' + tag + '"'));
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

    /// <summary>An asset and its compressed variants, each made on first use.</summary>
    private sealed class Asset(byte[] content, string hash, string contentType)
    {
        private readonly Lazy<byte[]> _brotli = new(() => Brotli(content));
        private readonly Lazy<byte[]> _gzip = new(() => Compress(content, s => new GZipStream(s, CompressionLevel.SmallestSize)));

        public string Hash { get; } = hash;

        public string ContentType { get; } = contentType;

        /// <summary>The encoding to send (<c>br</c>, <c>gzip</c> or none) and its bytes: brotli first, then gzip, as the request accepts them.</summary>
        public (string? Encoding, byte[] Content) For(HttpRequest request)
        {
            var accepted = request.GetTypedHeaders().AcceptEncoding ?? [];
            double Quality(string coding)
            {
                var named = accepted.FirstOrDefault(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
                    ?? accepted.FirstOrDefault(a => a.Value.Equals("*", StringComparison.Ordinal));
                return named is null ? 0 : named.Quality ?? 1;
            }

            return Quality("br") > 0 ? ("br", _brotli.Value)
                : Quality("gzip") > 0 ? ("gzip", _gzip.Value)
                : (null, content);
        }

        /// <summary>
        /// Brotli at quality 9: within a few per cent of the smallest size (quality 11), which took 23 s for the 504 KB
        /// stylesheet on a loaded machine, against a fraction of a second.
        /// </summary>
        private static byte[] Brotli(byte[] content)
        {
            var output = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
            return BrotliEncoder.TryCompress(content, output, out var written, quality: 9, window: 22)
                ? output[..written]
                : throw new InvalidOperationException("brotli could not compress an asset");
        }

        private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
        {
            using var output = new MemoryStream();
            using (var compressing = compressor(output))
            {
                compressing.Write(content);
            }

            return output.ToArray();
        }
    }
}
