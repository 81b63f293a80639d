using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace Overgang.Web.Hosting;

/// <summary>
/// Brotli and gzip for the answers that are text: pages, JSON, problem details, scripts and images in SVG, over HTTPS
/// too. Why that is safe here against BREACH is in docs/adr/0011-response-compression.md. The stylesheet is compressed
/// once ahead (<see cref="Assets.AssetEndpoints"/>); answers that already carry a Content-Encoding are left alone.
/// </summary>
internal static class Compression
{
    /// <summary>The content types compressed.</summary>
    public static IReadOnlyList<string> MimeTypes { get; } =
        ["text/html", "text/css", "text/plain", "text/javascript", "application/javascript", "application/json", "application/problem+json", "image/svg+xml"];

    public static void Add(IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = MimeTypes;
        });

        // Pages are made per request: the fastest levels give most of the gain (HTML compresses well) for little CPU.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
    }
}
