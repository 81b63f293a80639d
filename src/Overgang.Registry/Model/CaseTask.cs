using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A task that follows from a decision, with its owner and due date.</summary>
public sealed class CaseTask
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The run that produced it.</summary>
    public long RunId { get; set; }

    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary><c>action</c> (outstanding before a decision can be taken) or <c>follow-up</c> (what follows from a decision).</summary>
    public required string Kind { get; set; }

    /// <summary><c>person</c>, <c>ind</c>, <c>municipality</c> or <c>insurer</c>.</summary>
    public required string Owner { get; set; }

    /// <summary>What must be done, as a code (<c>Overgang.Rules.Transition.TaskTexts</c>); <c>null</c> only for a task stored before codes.</summary>
    public string? Code { get; set; }

    /// <summary>What must be done in words, only for a task stored before codes (or one whose text has no code); else <c>null</c>.
    /// Read the text with <see cref="Facts.StoredExplanations.TaskText(CaseTask)"/>.</summary>
    public string? Text { get; set; }

    /// <summary>When it is due.</summary>
    public LocalDate Due { get; set; }

    /// <summary>The review flags of the decision (<c>Overgang.Rules.Transition.ReviewFlags</c>), stored with its actions so the
    /// work queue can filter on them without reading the decision; 0 for follow-up tasks and tasks stored before.</summary>
    public int Flags { get; set; }

    /// <summary><c>open</c> or <c>done</c>.</summary>
    public required string Status { get; set; }
}
