using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Overgang.Web.Api;

/// <summary>The published OpenAPI document of <c>/api/v1</c> (kept in a snapshot test).</summary>
internal static class ApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
        options.AddSchemaTransformer(Json.NodaJson.DescribeAsync);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Overgang API",
                Version = "v1",
                Description = "Rules, registry and decisions for the transition out of temporary protection (Ukraine, 4 March 2027). Sign in with POST /api/v1/auth/token and send the token as 'Authorization: Bearer ...'.",
            };
            document.Servers = [];
            return Task.CompletedTask;
        });
    }
}
