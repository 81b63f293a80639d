namespace Overgang.Registry.Files;

/// <summary>A file the product was about to write would be named after a value that is not a valid code, or land outside its folder.</summary>
public sealed class UnsafeFileNameException : Exception
{
    /// <summary>Creates the exception with a message naming the value.</summary>
    public UnsafeFileNameException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public UnsafeFileNameException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public UnsafeFileNameException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
