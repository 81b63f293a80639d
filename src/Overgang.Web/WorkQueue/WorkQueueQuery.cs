namespace Overgang.Web.WorkQueue;

/// <summary>The work queue's query string as given, before it is checked (<see cref="WorkQueueFilter.TryParse"/>).</summary>
/// <param name="Owner">ind, person, municipality or dtenv.</param>
/// <param name="Action">A task code.</param>
/// <param name="Municipality">A GM code.</param>
/// <param name="Overdue">true or false.</param>
/// <param name="Flag">A review flag in kebab case.</param>
/// <param name="Assignee">me, none or a user name.</param>
/// <param name="Due">Due on or before, yyyy-mm-dd.</param>
/// <param name="Sort">due, name, municipality or action; - in front for descending.</param>
/// <param name="Page">From 1.</param>
public sealed record WorkQueueQuery(string? Owner, string? Action, string? Municipality, string? Overdue, string? Flag, string? Assignee, string? Due, string? Sort, string? Page);
