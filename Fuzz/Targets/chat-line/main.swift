import FuzzerMain

// libFuzzer feeds each input to the chat desk, line by line (`FuzzTargets.run("chat-line", _:)`).
FuzzerMain.run("chat-line")
