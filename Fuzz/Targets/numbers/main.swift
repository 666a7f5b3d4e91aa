import FuzzerMain

// libFuzzer feeds each input to number and date parsing (`FuzzTargets.run("numbers", _:)`).
FuzzerMain.run("numbers")
