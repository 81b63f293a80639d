using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>An outstanding action of a person assigned to a named IND employee in the work queue (issue 14).</summary>
public sealed class WorkAssignment
{
    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>The action, as a task code (<c>Overgang.Rules.Transition.TaskTexts</c>).</summary>
    public required string ActionCode { get; set; }

    /// <summary>The user name of the employee the action is assigned to.</summary>
    public required string AssignedTo { get; set; }

    /// <summary>Who assigned it.</summary>
    public required string AssignedBy { get; set; }

    /// <summary>When.</summary>
    public Instant AssignedAt { get; set; }
}
