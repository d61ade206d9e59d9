#include "intake/eligibility.h"
