using System.Collections.Concurrent;
using System.Diagnostics;

namespace Overgang.Load;

/// <summary>Sends requests open loop at a fixed rate (latency counted from the scheduled time, so a stalled server is not hidden) or closed loop with N clients.</summary>
internal static class Driver
{
    public static async Task<Result> FixedRate(HttpClient http, Func<Operation> next, int perSecond, TimeSpan duration)
    {
        var samples = new ConcurrentBag<Sample>();
        var pending = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = (int)(perSecond * duration.TotalSeconds);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var operation = next();
            pending.Add(Send(http, operation, clock, due, samples));
        }

        await Task.WhenAll(pending);
        return new Result([.. samples], clock.Elapsed);
    }

    public static async Task<Result> ClosedLoop(HttpClient http, Func<Operation> next, int clients, TimeSpan duration)
    {
        var samples = new ConcurrentBag<Sample>();
        var clock = Stopwatch.StartNew();
        var gate = new object();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                Operation operation;
                lock (gate)
                {
                    operation = next();
                }

                await Send(http, operation, clock, clock.Elapsed, samples);
            }
        }));
        return new Result([.. samples], clock.Elapsed);
    }

    private static async Task Send(HttpClient http, Operation operation, Stopwatch clock, TimeSpan start, ConcurrentBag<Sample> samples)
    {
        var ok = false;
        try
        {
            using var request = operation.Request();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            await response.Content.LoadIntoBufferAsync();
            ok = response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
        }
        catch (TaskCanceledException)
        {
        }

        samples.Add(new Sample(operation.Endpoint, (clock.Elapsed - start).TotalMilliseconds, ok));
    }
}
