import FuzzerMain

// libFuzzer feeds each input to the check file reader (`FuzzTargets.run("check-file", _:)`).
FuzzerMain.run("check-file")
