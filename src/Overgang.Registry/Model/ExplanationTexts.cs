namespace Overgang.Registry.Model;

/// <summary>
/// One table of the strings stored decisions and payments are worded with (<c>Overgang.Rules.Explanations.StoredTexts</c>),
/// kept by its content hash for as long as the registry holds a record written with it.
/// </summary>
/// <remarks>A run writes its table once; a later parameter version or reform gives another table, so an old decision is
/// still read with the references and texts it was decided with.</remarks>
public sealed class ExplanationTexts
{
    /// <summary>The content hash (<c>StoredTexts.Key</c>, 16 hex digits).</summary>
    public required string Key { get; set; }

    /// <summary>The strings as a JSON array (<c>StoredTexts.ToJson</c>).</summary>
    public required string Content { get; set; }
}
