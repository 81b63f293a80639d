using System.Reflection;

namespace Overgang.Web.Hosting;

/// <summary>The product's version (<c>Version</c> in Directory.Build.props), as the footer shows it.</summary>
internal static class ProductVersion
{
    /// <summary>The informational version of the build, for example <c>0.10.0</c>.</summary>
    public static string Current { get; } =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProductVersion).Assembly.GetName().Version?.ToString(3)
        ?? "unknown";
}
