namespace Overgang.Rules.Transition;

/// <summary>Who must act on an outstanding action or a follow-up task.</summary>
public enum ActionOwner
{
    /// <summary>The person (or their representative).</summary>
    Person,

    /// <summary>The Immigration and Naturalisation Service.</summary>
    Ind,

    /// <summary>The municipality.</summary>
    Municipality,

    /// <summary>The health insurer.</summary>
    Insurer,

    /// <summary>The Repatriation and Departure Service (Dienst Terugkeer en Vertrek), for the return programme (003:68 fn 12).</summary>
    DTenV,
}
