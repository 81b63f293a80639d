namespace Overgang.Registry.Model;

/// <summary>A Dutch municipality (gemeente), which carries out reception and pays the living allowance.</summary>
/// <remarks>Registry rows are mutable EF Core entities by necessity; the rules never see them, only the facts built from them.</remarks>
public sealed class Municipality
{
    /// <summary>The CBS code, such as <c>GM0363</c> (Amsterdam).</summary>
    public required string Code { get; set; }

    /// <summary>The name.</summary>
    public required string Name { get; set; }
}
