namespace Overgang.Rules.Transition;

/// <summary>The path a person takes when temporary protection ends, in the order the paths are evaluated.</summary>
/// <remarks>The first path that applies wins (shared/domain/transition-paths.md); the numeric order is that evaluation order.</remarks>
public enum TransitionPath
{
    /// <summary>Not entitled in the Netherlands: protection is registered elsewhere, or in another member state as well.</summary>
    NotEntitled,

    /// <summary>Protection already ended: a third-country national with only temporary Ukrainian residence.</summary>
    ProtectionEnded,

    /// <summary>Holds (or applied for) a regular residence permit valid after protection ends.</summary>
    OtherStatus,

    /// <summary>Takes part in the return programme and keeps reception until departure.</summary>
    ReturnProgramme,

    /// <summary>Gets the three-year transition document ex officio.</summary>
    TransitionDocument,

    /// <summary>The linked asylum application continues (or is the remaining route).</summary>
    AsylumProcedure,
}
