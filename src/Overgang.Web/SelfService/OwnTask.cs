namespace Overgang.Web.SelfService;

/// <summary>Something to be done before or after the end of protection, by whom and by when.</summary>
/// <param name="Kind"><c>action</c> (needed before the decision) or <c>follow-up</c> (follows from it).</param>
/// <param name="Owner"><c>person</c>, <c>ind</c>, <c>municipality</c> or <c>insurer</c>.</param>
/// <param name="Text">What (English, as recorded; the page says it in the person's language).</param>
/// <param name="Due">Due date (ISO <c>yyyy-MM-dd</c>).</param>
/// <param name="Status"><c>open</c> or <c>done</c>.</param>
public sealed record OwnTask(string Kind, string Owner, string Text, string Due, string Status);
