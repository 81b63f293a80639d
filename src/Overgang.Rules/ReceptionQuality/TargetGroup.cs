namespace Overgang.Rules.ReceptionQuality;

/// <summary>The groups a municipal reception location may house (003:60).</summary>
public enum TargetGroup
{
    /// <summary>Displaced people from Ukraine.</summary>
    Displaced,

    /// <summary>Status holders (in transit locations).</summary>
    StatusHolders,

    /// <summary>Asylum seekers.</summary>
    AsylumSeekers,
}
