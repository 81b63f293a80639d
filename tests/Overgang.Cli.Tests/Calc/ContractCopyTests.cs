using System.Runtime.CompilerServices;

namespace Overgang.Cli.Tests.Calc;

/// <summary>The repository ships the CLI JSON contract (docs/contracts/cli-json.md); it must stay the contract it was given.</summary>
public sealed class ContractCopyTests
{
    [Fact]
    public void ShippedContract_ExistsAndCoversTheMonthsAfterProtection()
    {
        var text = File.ReadAllText(Path.Combine(Root(), "docs", "contracts", "cli-json.md"));
        Assert.Contains("## Months after protection ends", text, StringComparison.Ordinal);
        Assert.Contains("\"socialAssistance\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedContract_EqualsTheSharedContract_WhereTheSharedFolderIsBesideTheCheckout()
    {
        // The shared folder sits beside the repository on developers' machines and in CI; a clone elsewhere has only the copy.
        var shared = Path.Combine(Root(), "..", "shared", "contracts", "cli-json.md");
        if (!File.Exists(shared))
        {
            return;
        }

        Assert.Equal(File.ReadAllText(shared).ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(Root(), "docs", "contracts", "cli-json.md")).ReplaceLineEndings("\n"));
    }

    private static string Root([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Overgang.slnx")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("no Overgang.slnx above " + caller);
    }
}
