using System.Runtime.InteropServices;

namespace Overgang.Cli.Runs;

/// <summary>
/// Ctrl-C (SIGINT) or a service stopping (SIGTERM) during a batch run: the first asks the run to stop after the chunk
/// being written (<see cref="Registry.Runs.RunOptions.Stop"/>), and says so; a second ends the process at once. Either
/// way the chunks committed are kept and the same command goes on from them. Listened to only while a run runs, so that
/// other commands (and <c>serve</c>'s host) keep their own handling.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration[] _registrations;

    private StopSignal(TextWriter error)
    {
        _error = error;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    /// <summary>Listens for the signals until disposed.</summary>
    public static StopSignal Listen(TextWriter error) => new(error);

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void Handle(PosixSignalContext signal)
    {
        if (_stop.IsCancellationRequested)
        {
            // The second signal: the default, the process ends now (the database rolls back what was not committed).
            return;
        }

        signal.Cancel = true;
        _error.WriteLine("stopping after the chunk being written (once more to stop at once); the same command goes on from there");
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run ended as the signal came: there is nothing left to stop.
        }
    }
}
