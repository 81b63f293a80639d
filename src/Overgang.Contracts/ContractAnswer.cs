namespace Overgang.Contracts;

/// <summary>What a contract operation answers: the output document, or the refusal naming the field.</summary>
public abstract record ContractAnswer
{
    private ContractAnswer()
    {
    }

    /// <summary>The document was valid: the output document (indented JSON, as the command line prints it).</summary>
    /// <param name="Json">The output document.</param>
    public sealed record Answered(string Json) : ContractAnswer;

    /// <summary>The document was refused as a whole at its first bad field; nothing was computed.</summary>
    /// <param name="Error">The field and what is wrong.</param>
    public sealed record Refused(InputError Error) : ContractAnswer;
}
