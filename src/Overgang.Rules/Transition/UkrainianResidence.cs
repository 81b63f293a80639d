namespace Overgang.Rules.Transition;

/// <summary>The person's tie to Ukraine, which decides whether protection ended early for them.</summary>
public enum UkrainianResidence
{
    /// <summary>Ukrainian citizen.</summary>
    Citizen,

    /// <summary>Third-country national with permanent Ukrainian residence: protected until protection ends for everyone.</summary>
    Permanent,

    /// <summary>Third-country national with only temporary Ukrainian residence: protection ended earlier (2025-09-04).</summary>
    Temporary,
}
