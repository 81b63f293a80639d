namespace Overgang.Registry.Model;

/// <summary>
/// One key of the web application's data-protection key ring, as ASP.NET Core writes it (XML). Keeping the keys in the
/// registry makes them belong to one deployment: another deployment, with its own registry, cannot read its cookies or
/// bearer tokens, while every server of the same deployment shares them.
/// </summary>
public sealed class DataProtectionKey
{
    /// <summary>The row's id.</summary>
    public int Id { get; set; }

    /// <summary>The name ASP.NET Core gives the key (<c>key-{guid}</c>).</summary>
    public string? FriendlyName { get; set; }

    /// <summary>The key as XML.</summary>
    public required string Xml { get; set; }
}
